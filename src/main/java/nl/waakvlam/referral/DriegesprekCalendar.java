package nl.waakvlam.referral;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.DaylightSavingsTime;
import biweekly.component.StandardTime;
import biweekly.component.VEvent;
import biweekly.component.VTimezone;
import biweekly.io.TimezoneAssignment;
import biweekly.property.Method;
import biweekly.util.DateTimeComponents;
import biweekly.util.DayOfWeek;
import biweekly.util.Duration;
import biweekly.util.Frequency;
import biweekly.util.Recurrence;
import biweekly.util.UtcOffset;
import nl.waakvlam.shared.BaseAddress;
import nl.waakvlam.shared.Dates;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.TimeZone;

/**
 * The driegesprek as an iCalendar file ({@code .ics}) that the coach and the referrer put in their
 * own calendar: one hour from the planned start, in Europe/Amsterdam time (the file carries the zone's
 * summer and winter rule, so every calendar shows the same local time), at the planned place. The
 * calendar entry names no client: a personal or synced calendar is outside Waakvlam's protection.
 * Its link leads to the client's page, where signing in shows who it is. Written with biweekly.
 */
@Component
class DriegesprekCalendar {

    static final String ZONE_ID = "Europe/Amsterdam";

    private final BaseAddress baseAddress;

    DriegesprekCalendar(BaseAddress baseAddress) {
        this.baseAddress = baseAddress;
    }

    /** {@code sequence} grows with every change, so that a calendar replaces the entry it has for the UID. */
    byte[] ics(Long clientId, int sequence, LocalDateTime start, String place, String summary, String description) {
        ICalendar calendar = new ICalendar();
        calendar.setProductId("-//Waakvlam//Driegesprek//NL");
        calendar.setMethod(Method.publish());
        VEvent event = new VEvent();
        // stable per client: a moved driegesprek replaces the entry when imported again
        event.setUid("driegesprek-" + clientId + "@" + host());
        event.setSequence(sequence);
        event.setSummary(summary);
        event.setDateStart(Date.from(start.atZone(Dates.ZONE).toInstant()));
        event.setDuration(Duration.builder().hours(1).build());
        if (place != null && !place.isBlank()) {
            event.setLocation(place);
        }
        String link = baseAddress.link("/clients/" + clientId);
        event.setDescription(description + "\n" + link);
        event.setUrl(link);
        calendar.addEvent(event);
        calendar.getTimezoneInfo().setDefaultTimezone(new TimezoneAssignment(TimeZone.getTimeZone(ZONE_ID),
                amsterdam()));
        return Biweekly.write(calendar).go().getBytes(StandardCharsets.UTF_8);
    }

    private String host() {
        String url = baseAddress.url();
        return url.replaceFirst("^[a-z]+://", "").replaceFirst("[:/].*$", "");
    }

    /** Central European Time with its EU summer time: last Sunday of March to last Sunday of October. */
    private static VTimezone amsterdam() {
        VTimezone zone = new VTimezone(ZONE_ID);
        DaylightSavingsTime summer = new DaylightSavingsTime();
        summer.setDateStart(new DateTimeComponents(1981, 3, 29, 2, 0, 0, false));
        summer.setTimezoneOffsetFrom(new UtcOffset(true, 1, 0));
        summer.setTimezoneOffsetTo(new UtcOffset(true, 2, 0));
        summer.addTimezoneName("CEST");
        summer.setRecurrenceRule(new Recurrence.Builder(Frequency.YEARLY).byMonth(3).byDay(-1, DayOfWeek.SUNDAY)
                .build());
        zone.addDaylightSavingsTime(summer);
        StandardTime winter = new StandardTime();
        winter.setDateStart(new DateTimeComponents(1996, 10, 27, 3, 0, 0, false));
        winter.setTimezoneOffsetFrom(new UtcOffset(true, 2, 0));
        winter.setTimezoneOffsetTo(new UtcOffset(true, 1, 0));
        winter.addTimezoneName("CET");
        winter.setRecurrenceRule(new Recurrence.Builder(Frequency.YEARLY).byMonth(10).byDay(-1, DayOfWeek.SUNDAY)
                .build());
        zone.addStandardTime(winter);
        return zone;
    }
}
