package nl.waakvlam.reference;

interface TrackRepository extends ListItemRepository<Track> {
}
