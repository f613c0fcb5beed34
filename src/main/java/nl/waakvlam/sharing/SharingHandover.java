package nl.waakvlam.sharing;

import nl.waakvlam.client.ClientAccess;
import nl.waakvlam.client.FileView;
import nl.waakvlam.client.HandoverPart;
import org.springframework.stereotype.Component;

/**
 * Sharing in a handover summary: the feedback agreements with their next due date (a new coach must
 * not miss the first one) and the consents that hold: who may receive what.
 */
@Component
class SharingHandover implements HandoverPart {

    private final SharingService sharing;

    SharingHandover(SharingService sharing) {
        this.sharing = sharing;
    }

    @Override
    public String fragment() {
        return "sharing/sections :: handover";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public Object data(FileView file) {
        if (file.access() == ClientAccess.REFERRER) {
            return null;
        }
        return sharing.coachPanel(file.clientId(), file.access(), file.referrerId());
    }
}
