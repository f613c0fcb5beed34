package nl.waakvlam.contact;

/** Kind of contact; labels in {@code contactType.*}. */
public enum ContactType {
    FACE_TO_FACE, HOME_VISIT, WALK_ACTIVITY, PHONE, VIDEO, MESSAGE, EMAIL, ACCOMPANYING, THREE_WAY, PROFESSIONAL_CONSULT, CRISIS, WARM_HANDOVER
}
