package nl.waakvlam.referral;

import nl.waakvlam.client.FileView;
import nl.waakvlam.client.HandoverPart;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDateTime;

/** The driegesprek still to come, in a handover summary: a new coach takes it over with the client. */
@Component
class ReferralHandover implements HandoverPart {

    private final ReferralService referrals;
    private final Clock clock;

    ReferralHandover(ReferralService referrals, Clock clock) {
        this.referrals = referrals;
        this.clock = clock;
    }

    @Override
    public String fragment() {
        return "referral/referral-summary :: handover";
    }

    @Override
    public int order() {
        return 5;
    }

    @Override
    public Object data(FileView file) {
        if (referrals.data(file) instanceof ReferralView referral && referral.startMeetingAt() != null
                && !referral.startMeetingAt().isBefore(LocalDateTime.now(clock))) {
            return referral;
        }
        return null;
    }
}
