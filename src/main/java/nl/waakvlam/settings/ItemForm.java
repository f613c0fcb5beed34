package nl.waakvlam.settings;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.waakvlam.reference.ReferenceLists;

/**
 * Add or rename an item of a reference list: its name in Dutch and in English; for a new track also
 * whether it is a youth track. {@code version} is the item's version when renaming.
 */
class ItemForm {

    private long version;
    @NotBlank
    @Size(max = ReferenceLists.NAME_LENGTH)
    private String nameNl;
    @NotBlank
    @Size(max = ReferenceLists.NAME_LENGTH)
    private String nameEn;
    private boolean youth;

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getNameNl() {
        return nameNl;
    }

    public void setNameNl(String nameNl) {
        this.nameNl = nameNl;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public boolean isYouth() {
        return youth;
    }

    public void setYouth(boolean youth) {
        this.youth = youth;
    }
}
