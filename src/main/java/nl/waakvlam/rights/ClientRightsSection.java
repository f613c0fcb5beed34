package nl.waakvlam.rights;

import nl.waakvlam.client.ClientAccess;
import nl.waakvlam.client.ClientFileSection;
import nl.waakvlam.client.FileView;
import org.springframework.stereotype.Component;

/**
 * The client's rights on the client file: the access overview for the coaches and the project
 * leader; access for need and the data on request for the project leader only.
 */
@Component
class ClientRightsSection implements ClientFileSection {

    /** What this viewer may do; {@code leader} adds the project leader's actions. */
    record Actions(Long clientId, boolean leader) {
    }

    @Override
    public String slot() {
        return "side";
    }

    @Override
    public String fragment() {
        return "rights/section :: rights";
    }

    @Override
    public int order() {
        return 900;
    }

    @Override
    public Object data(FileView file) {
        if (!AccessOverview.READERS.contains(file.access())) {
            return null;
        }
        return new Actions(file.clientId(), file.access() == ClientAccess.METADATA);
    }
}
