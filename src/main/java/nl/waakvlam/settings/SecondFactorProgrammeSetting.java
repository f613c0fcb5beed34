package nl.waakvlam.settings;

import nl.waakvlam.security.SecondFactorSetting;
import org.springframework.stereotype.Component;

/** The programme setting on {@code /admin/settings} that security's second-factor policy reads. */
@Component
class SecondFactorProgrammeSetting implements SecondFactorSetting {

    private final ProgrammeSettings settings;

    SecondFactorProgrammeSetting(ProgrammeSettings settings) {
        this.settings = settings;
    }

    @Override
    public boolean requiredForCoachesAndReferrers() {
        return settings.secondFactorForCoachesAndReferrers();
    }
}
