package nl.waakvlam.retention;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** One retention period; the record type's own minimum is checked by the controller. */
class RetentionRuleForm {

    @NotNull
    @Min(1)
    @Max(RecordType.MAXIMUM_YEARS)
    private Integer years;

    private long version;

    public Integer getYears() {
        return years;
    }

    public void setYears(Integer years) {
        this.years = years;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
