package nl.waakvlam.imports;

import org.springframework.web.multipart.MultipartFile;

/**
 * The upload step: a workbook or CSV file with the clients (a workbook may hold the contact moments
 * on another sheet), and optionally a second file with the contact moments (a CSV file holds one
 * table only). Checked in the controller: a file is required, .xlsx or .csv, at most 10 MB.
 */
class UploadForm {

    private MultipartFile file;
    private MultipartFile contactsFile;

    public MultipartFile getFile() {
        return file;
    }

    public void setFile(MultipartFile file) {
        this.file = file;
    }

    public MultipartFile getContactsFile() {
        return contactsFile;
    }

    public void setContactsFile(MultipartFile contactsFile) {
        this.contactsFile = contactsFile;
    }
}
