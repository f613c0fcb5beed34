package nl.waakvlam.rights;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The project leader's request for a client's data: the reason is recorded in the audit trail. */
public class DataRequestForm {

    @NotBlank
    @Size(max = 1000)
    private String reason;

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
