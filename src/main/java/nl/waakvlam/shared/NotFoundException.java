package nl.waakvlam.shared;

/**
 * Something the user asked for does not exist, or exists but is not theirs to see. Both map to
 * 404 so that ids of other people's clients cannot be probed.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what);
    }
}
