package nl.waakvlam.reference;

interface LifeDomainRepository extends ListItemRepository<LifeDomain> {
}
