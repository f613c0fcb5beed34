package nl.waakvlam.reference;

interface EndReasonRepository extends ListItemRepository<EndReason> {
}
