package nl.waakvlam.escalation;

import nl.waakvlam.client.ClientAccess;
import nl.waakvlam.client.ClientFileSection;
import nl.waakvlam.client.ClientSelection;
import nl.waakvlam.client.FileView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.LocalDate;
import java.util.Collection;
import java.util.function.Function;

/**
 * The event module's parts of the client file: open scale-ups and the escalation chart on top,
 * the early-warning plan beside the timeline, the plan of action below. Referrers see none.
 */
@Configuration(proxyBeanMethods = false)
class EventSections {

    @Bean
    ClientFileSection escalationSection(EventService events) {
        return section("top", "escalation/sections :: escalation", 10, ClientFileSection.Nav.ESCALATION,
                events::overview);
    }

    @Bean
    ClientFileSection warningPlanSection(EventService events) {
        return section("side", "escalation/sections :: warningPlan", 10, ClientFileSection.Nav.ESCALATION,
                events::warningPlan);
    }

    @Bean
    ClientFileSection actionPlanSection(EventService events) {
        return section("main", "escalation/sections :: actionPlan", 10, ClientFileSection.Nav.ESCALATION,
                events::actionPlan);
    }

    /** The client list's "scale-up in progress" selection, which the dashboard's open scale-ups link to. */
    @Bean
    ClientSelection openScaleUp(ClientEventRepository events) {
        return new ClientSelection() {
            @Override
            public String need() {
                return "OPEN_SCALE_UP";
            }

            @Override
            public Collection<Long> clientIds(LocalDate today) {
                return events.clientsWithOpenScaleUp();
            }
        };
    }

    private static ClientFileSection section(String slot, String fragment, int order, ClientFileSection.Nav nav,
                                             Function<FileView, Object> data) {
        return new ClientFileSection() {
            @Override
            public String slot() {
                return slot;
            }

            @Override
            public String fragment() {
                return fragment;
            }

            @Override
            public Object data(FileView file) {
                return EventService.READERS.contains(file.access()) ? data.apply(file) : null;
            }

            @Override
            public int order() {
                return order;
            }

            @Override
            public Nav nav() {
                return nav;
            }
        };
    }
}
