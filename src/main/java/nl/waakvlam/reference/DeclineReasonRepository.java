package nl.waakvlam.reference;

interface DeclineReasonRepository extends ListItemRepository<DeclineReason> {
}
