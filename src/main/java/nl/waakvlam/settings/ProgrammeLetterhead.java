package nl.waakvlam.settings;

import nl.waakvlam.shared.web.Letterhead;
import org.springframework.stereotype.Component;

/** The PDFs' letterhead is the programme's name as set now. */
@Component
class ProgrammeLetterhead implements Letterhead {

    private final ProgrammeSettings settings;

    ProgrammeLetterhead(ProgrammeSettings settings) {
        this.settings = settings;
    }

    @Override
    public String programmeName() {
        return settings.current().programmeName();
    }
}
