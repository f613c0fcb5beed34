package nl.waakvlam.rights;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.waakvlam.client.NeedCategory;

/** The project leader's request for access for need: why (a category) and in their own words. */
public class AccessForNeedForm {

    @NotNull
    private NeedCategory category;

    @NotBlank
    @Size(max = 1000)
    private String reason;

    public NeedCategory getCategory() {
        return category;
    }

    public void setCategory(NeedCategory category) {
        this.category = category;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
