/**
 * The import of a programme's existing registration (the Excel caseload kept before Waakvlam) by the
 * project leader at {@code /import}: an uploaded workbook (.xlsx) or CSV file is kept server-side
 * between the steps ({@code import_upload}, deleted after the commit or after a day), its columns are
 * mapped to Waakvlam's fields (remembered per header set in {@code import_mapping}), a dry run lists
 * what would be created and every row with a problem, and the commit creates all clients and contact
 * moments in one transaction or nothing. Committed files are kept by their SHA-256 ({@code import_run})
 * so the same file is never imported twice. Creates clients and contacts only through the client and
 * contact modules' import methods; nothing depends on this module.
 */
@ApplicationModule(displayName = "Import",
        allowedDependencies = {"shared", "security", "organisation", "reference", "coach", "client", "contact", "measurement"})
package nl.waakvlam.imports;

import org.springframework.modulith.ApplicationModule;
