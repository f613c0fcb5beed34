package nl.waakvlam.sharing;

import nl.waakvlam.client.ClientAccess;
import nl.waakvlam.client.ClientFileSection;
import nl.waakvlam.client.ClientSelection;
import nl.waakvlam.client.FileView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.LocalDate;
import java.util.Collection;

/** The sharing parts of the client file (the coach's panel, the referrer's view) and of the client list. */
@Configuration(proxyBeanMethods = false)
class SharingSections {

    @Bean
    ClientFileSection coachSharingSection(SharingService sharing) {
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
            public Object data(FileView file) {
                if (file.access() == ClientAccess.REFERRER) {
                    return null;
                }
                return sharing.coachPanel(file.clientId(), file.access(), file.referrerId());
            }

            @Override
            public int order() {
                return 5;
            }

            @Override
            public Nav nav() {
                return Nav.SHARING;
            }
        };
    }

    /** The client list's "feedback overdue" selection, which the dashboard's overdue count links to. */
    @Bean
    ClientSelection overdueFeedback(FeedbackAgreementRepository agreements) {
        return new ClientSelection() {
            @Override
            public String need() {
                return "OVERDUE_FEEDBACK";
            }

            @Override
            public Collection<Long> clientIds(LocalDate today) {
                return agreements.clientsOverdue(today);
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
            public Object data(FileView file) {
                return file.access() == ClientAccess.REFERRER ? sharing.referrerPanel(file.clientId(), file.viewerId()) : null;
            }

            @Override
            public Nav nav() {
                return Nav.SHARING;
            }
        };
    }
}
