package nl.waakvlam.client;

/**
 * Filters on the timeline; null means "all". Values are the names of the contributing module's
 * enums ({@code type=PHONE}, {@code outcome=REACHED}) and a life domain id.
 */
public record TimelineFilter(String type, String outcome, Long lifeDomainId) {

    public boolean isEmpty() {
        return type == null && outcome == null && lifeDomainId == null;
    }
}
