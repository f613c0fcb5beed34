package nl.waakvlam.sharing;

import nl.waakvlam.client.ClientAccess;
import nl.waakvlam.client.ClientFileSection;
import nl.waakvlam.client.ClientService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The sharing parts of the client file: the coach's panel, and the referrer's view. */
@Configuration(proxyBeanMethods = false)
class SharingSections {

    @Bean
    ClientFileSection coachSharingSection(SharingService sharing, ClientService clients) {
        return new ClientFileSection() {
            @Override
            public String slot() {
                return "side";
            }

            @Override
            public String fragment() {
                return "sharing/sections :: coachPanel";
            }

            @Override
            public Object data(Long clientId, Long viewerId, ClientAccess access) {
                if (access == ClientAccess.REFERRER) {
                    return null;
                }
                return sharing.coachPanel(clientId, access, clients.referrerOf(clientId));
            }

            @Override
            public int order() {
                return 5;
            }
        };
    }

    @Bean
    ClientFileSection referrerSection(SharingService sharing) {
        return new ClientFileSection() {
            @Override
            public String slot() {
                return "top";
            }

            @Override
            public String fragment() {
                return "sharing/sections :: referrerPanel";
            }

            @Override
            public Object data(Long clientId, Long viewerId, ClientAccess access) {
                return access == ClientAccess.REFERRER ? sharing.referrerPanel(clientId, viewerId) : null;
            }
        };
    }
}
