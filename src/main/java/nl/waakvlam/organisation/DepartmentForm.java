package nl.waakvlam.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Adding a department, or renaming one ({@code version} as the form showed it). */
class DepartmentForm {

    private long version;
    @NotBlank
    @Size(max = 200)
    private String name;

    static DepartmentForm of(DepartmentSummary department) {
        DepartmentForm form = new DepartmentForm();
        form.version = department.version();
        form.name = department.name();
        return form;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
