package nl.waakvlam.retention;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The project leader's erasure request: the reason is required. */
class ErasureRequestForm {

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
