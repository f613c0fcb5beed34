package nl.waakvlam.imports;

import jakarta.validation.Valid;
import nl.waakvlam.security.CurrentUser;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /import} (project leader): upload the programme's registration, map its columns, see the
 * dry run, commit. Each step is its own page and the upload waits in the database between them.
 */
@Controller
class ImportController {

    static final DataSize MAX_FILE_SIZE = DataSize.ofMegabytes(10);
    static final int PROBLEMS_PER_PAGE = 50;
    static final int EXAMPLE_LENGTH = 30;

    private final ImportService imports;

    ImportController(ImportService imports) {
        this.imports = imports;
    }

    @GetMapping("/import")
    String start(@RequestParam(required = false) String tooLarge, Model model) {
        if (!model.containsAttribute("uploadForm")) {
            model.addAttribute("uploadForm", new UploadForm());
        }
        if (tooLarge != null) {
            model.addAttribute("refusalKey", "import.file.tooLarge");
            model.addAttribute("refusalArguments", new Object[]{MAX_FILE_SIZE.toMegabytes()});
        }
        model.addAttribute("runs", imports.recentRuns());
        model.addAttribute("maxMegabytes", MAX_FILE_SIZE.toMegabytes());
        return "imports/upload";
    }

    @PostMapping("/import")
    String upload(@AuthenticationPrincipal CurrentUser projectLeader,
                  @ModelAttribute("uploadForm") UploadForm form, BindingResult result, Model model) {
        List<ImportService.NamedFile> files = new ArrayList<>();
        if (!result.hasFieldErrors("file")) {
            MultipartFile file = form.getFile();
            if (file == null || file.isEmpty()) {
                result.rejectValue("file", "import.file.required");
            } else {
                accept(file, "file", result, files);
            }
        }
        MultipartFile contactsFile = form.getContactsFile();
        if (!result.hasFieldErrors("contactsFile") && contactsFile != null && !contactsFile.isEmpty()) {
            accept(contactsFile, "contactsFile", result, files);
        }
        if (result.hasErrors()) {
            return start(null, model);
        }
        try {
            Long id = imports.upload(projectLeader, files);
            return "redirect:/import/" + id + "/mapping";
        } catch (ImportRefusedException e) {
            model.addAttribute("refusalKey", e.messageKey());
            model.addAttribute("refusalArguments", e.arguments());
            return start(null, model);
        }
    }

    private static void accept(MultipartFile file, String field, BindingResult result,
                               List<ImportService.NamedFile> files) {
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        // a browser on Windows may send the whole path
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        if (!SpreadsheetReader.isAccepted(name)) {
            result.rejectValue(field, "import.file.wrongType");
        } else if (file.getSize() > MAX_FILE_SIZE.toBytes()) {
            result.rejectValue(field, "import.file.tooLarge", new Object[]{MAX_FILE_SIZE.toMegabytes()}, null);
        } else if (name.length() > 200) {
            result.rejectValue(field, "import.file.nameTooLong");
        } else {
            try {
                files.add(new ImportService.NamedFile(name, file.getBytes()));
            } catch (IOException e) {
                result.rejectValue(field, "import.file.unreadable");
            }
        }
    }

    @GetMapping("/import/{uploadId}/mapping")
    String mapping(@AuthenticationPrincipal CurrentUser projectLeader, @PathVariable Long uploadId,
                   @RequestParam(required = false) String clients, @RequestParam(required = false) String contacts,
                   Model model) {
        ImportService.MappingPage page = imports.mapping(projectLeader, uploadId, clients, contacts);
        return showMapping(page, MappingForm.of(page), model);
    }

    @PostMapping("/import/{uploadId}/mapping")
    String saveMapping(@AuthenticationPrincipal CurrentUser projectLeader, @PathVariable Long uploadId,
                       @Valid @ModelAttribute("form") MappingForm form, BindingResult result, Model model) {
        String clientTable = result.hasFieldErrors("clientTable") ? null : form.getClientTable();
        String contactTable = result.hasFieldErrors("contactTable") || form.getContactTable() == null
                ? "" : form.getContactTable();
        ImportService.MappingPage page = imports.mapping(projectLeader, uploadId, clientTable, contactTable);
        if (!page.clientTable().id().equals(form.getClientTable())) {
            result.rejectValue("clientTable", "import.mapping.tableUnknown");
        }
        if (!contactTable.isEmpty() && (page.contactTable() == null || !page.contactTable().id().equals(contactTable))) {
            result.rejectValue("contactTable", "import.mapping.tableUnknown");
        }
        ColumnMapping clientMapping = columns(form, page.clientTable(), TargetField.Kind.CLIENTS, result);
        ColumnMapping contactMapping = page.contactTable() == null ? ColumnMapping.NONE
                : columns(form, page.contactTable(), TargetField.Kind.CONTACTS, result);
        if (result.hasErrors()) {
            return showMapping(page, form, model);
        }
        imports.saveMapping(projectLeader, uploadId, page.clientTable(), clientMapping, page.contactTable(),
                contactMapping, form.isKeepUnknown());
        return "redirect:/import/" + uploadId + "/check";
    }

    /** The header row of the clients' table chosen by hand (empty: back to the row Waakvlam found). */
    @PostMapping("/import/{uploadId}/header-row")
    String headerRow(@AuthenticationPrincipal CurrentUser projectLeader, @PathVariable Long uploadId,
                     @RequestParam String table, @RequestParam(required = false) String row,
                     RedirectAttributes redirect) {
        Integer number = row != null && row.strip().matches("\\d{1,7}") ? Integer.valueOf(row.strip()) : null;
        if (row != null && !row.isBlank() && number == null) {
            redirect.addFlashAttribute("headerRowError", "import.headerRow.unknown");
        } else {
            try {
                imports.chooseHeaderRow(projectLeader, uploadId, table, number);
            } catch (ImportRefusedException e) {
                redirect.addFlashAttribute("headerRowError", e.messageKey());
            }
        }
        return "redirect:/import/" + uploadId + "/mapping";
    }

    /** The clients of coaches named in the file given to other coaches ({@code move-<coach id>=<coach id>}). */
    @PostMapping("/import/{uploadId}/coaches")
    String moveCoaches(@AuthenticationPrincipal CurrentUser projectLeader, @PathVariable Long uploadId,
                       @RequestParam Map<String, String> parameters) {
        Map<Long, Long> moves = new LinkedHashMap<>();
        parameters.forEach((name, value) -> {
            if (name.matches("move-\\d{1,18}") && value != null && value.matches("\\d{1,18}")) {
                moves.put(Long.valueOf(name.substring(5)), Long.valueOf(value));
            }
        });
        imports.moveCoaches(projectLeader, uploadId, moves);
        return "redirect:/import/" + uploadId + "/check";
    }

    /** For clients Waakvlam already has: add their new contacts ({@code add=true}) or skip their rows. */
    @PostMapping("/import/{uploadId}/existing")
    String existing(@AuthenticationPrincipal CurrentUser projectLeader, @PathVariable Long uploadId,
                    @RequestParam(defaultValue = "false") boolean add) {
        imports.addExistingContacts(projectLeader, uploadId, add);
        return "redirect:/import/" + uploadId + "/check";
    }

    /** The form's columns for one table: each a column the table has, every required field linked. */
    private static ColumnMapping columns(MappingForm form, SheetTable table, TargetField.Kind kind,
                                         BindingResult result) {
        Map<TargetField, Integer> columns = new EnumMap<>(TargetField.class);
        for (TargetField field : TargetField.of(kind)) {
            String value = result.hasFieldErrors("columns") ? "" : form.column(field).strip();
            String path = "columns[" + field.name() + "]";
            if (value.isEmpty()) {
                if (field.required()) {
                    result.rejectValue(path, "import.mapping.required");
                }
                continue;
            }
            Integer column = parse(value);
            if (column == null || column < 0 || column >= table.headers().size()) {
                result.rejectValue(path, "import.mapping.columnUnknown");
            } else {
                columns.put(field, column);
            }
        }
        return new ColumnMapping(columns);
    }

    private static Integer parse(String value) {
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A column on the mapping page: its number, its name and a value from the first rows as an example. */
    record ColumnOption(int index, String name, String example) {

        public String label() {
            return example.isEmpty() ? name : name + " (" + example + ")";
        }
    }

    private static List<ColumnOption> options(SheetTable table) {
        if (table == null) {
            return List.of();
        }
        List<ColumnOption> options = new ArrayList<>();
        for (int c = 0; c < table.headers().size(); c++) {
            String example = "";
            for (int r = 0; r < Math.min(3, table.rows().size()) && example.isEmpty(); r++) {
                example = table.rows().get(r).cell(c);
            }
            if (example.length() > EXAMPLE_LENGTH) {
                example = example.substring(0, EXAMPLE_LENGTH) + "…";
            }
            options.add(new ColumnOption(c, table.columnName(c), example));
        }
        return options;
    }

    private String showMapping(ImportService.MappingPage page, MappingForm form, Model model) {
        model.addAttribute("page", page);
        model.addAttribute("form", form);
        // the registration's own fields first; contact details, the remark and scores fold away
        model.addAttribute("clientFields", TargetField.of(TargetField.Kind.CLIENTS).stream()
                .filter(f -> f.ordinal() < TargetField.PHONE.ordinal()).toList());
        List<TargetField> extra = TargetField.of(TargetField.Kind.CLIENTS).stream()
                .filter(f -> f.ordinal() >= TargetField.PHONE.ordinal()).toList();
        model.addAttribute("clientExtraFields", extra);
        model.addAttribute("clientExtraMapped", extra.stream().anyMatch(f -> !form.column(f).isBlank()));
        model.addAttribute("contactFields", TargetField.of(TargetField.Kind.CONTACTS));
        model.addAttribute("clientColumns", options(page.clientTable()));
        model.addAttribute("contactColumns", options(page.contactTable()));
        return "imports/mapping";
    }

    @GetMapping("/import/{uploadId}/check")
    String dryRun(@AuthenticationPrincipal CurrentUser projectLeader, @PathVariable Long uploadId,
                  @RequestParam(defaultValue = "0") int page, Model model) {
        DryRun run = imports.dryRun(projectLeader, uploadId).orElse(null);
        if (run == null) {
            return "redirect:/import/" + uploadId + "/mapping";
        }
        int pages = Math.max(1, (run.problems().size() + PROBLEMS_PER_PAGE - 1) / PROBLEMS_PER_PAGE);
        int number = Math.max(0, Math.min(page, pages - 1));
        int from = number * PROBLEMS_PER_PAGE;
        Page<RowProblem> problems = new PageImpl<>(run.problems().subList(Math.min(from, run.problems().size()),
                Math.min(from + PROBLEMS_PER_PAGE, run.problems().size())), PageRequest.of(number, PROBLEMS_PER_PAGE),
                run.problems().size());
        model.addAttribute("uploadId", uploadId);
        model.addAttribute("run", run);
        model.addAttribute("coachChoices", imports.activeCoaches());
        model.addAttribute("problems", problems);
        return "imports/dry-run";
    }

    @PostMapping("/import/{uploadId}/commit")
    String commit(@AuthenticationPrincipal CurrentUser projectLeader, @PathVariable Long uploadId,
                  RedirectAttributes redirect) {
        try {
            ImportService.Committed committed = imports.commit(projectLeader, uploadId);
            if (committed.runId() == null) {
                redirect.addFlashAttribute("flashError", "import.commit.refused");
                return "redirect:/import/" + uploadId + "/check";
            }
            redirect.addFlashAttribute("flash", "import.commit.done");
            return "redirect:/import/runs/" + committed.runId();
        } catch (ImportRefusedException e) {
            redirect.addFlashAttribute("refusalKey", e.messageKey());
            redirect.addFlashAttribute("refusalArguments", e.arguments());
            return "redirect:/import";
        }
    }

    @GetMapping("/import/runs/{runId}")
    String result(@PathVariable Long runId, Model model) {
        model.addAttribute("result", imports.run(runId));
        return "imports/result";
    }

    @GetMapping("/import/voorbeeld-clientvolgsysteem.xlsx")
    ResponseEntity<byte[]> exampleWorkbook() {
        return download(ExampleWorkbook.WORKBOOK, ExampleWorkbook.workbook(),
                MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    }

    @GetMapping("/import/voorbeeld-clienten.csv")
    ResponseEntity<byte[]> exampleClients() {
        return download(ExampleWorkbook.CLIENTS_CSV, ExampleWorkbook.clientsCsv(),
                MediaType.parseMediaType("text/csv;charset=UTF-8"));
    }

    @GetMapping("/import/voorbeeld-contacten.csv")
    ResponseEntity<byte[]> exampleContacts() {
        return download(ExampleWorkbook.CONTACTS_CSV, ExampleWorkbook.contactsCsv(),
                MediaType.parseMediaType("text/csv;charset=UTF-8"));
    }

    private static ResponseEntity<byte[]> download(String name, byte[] content, MediaType type) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build()
                        .toString())
                .body(content);
    }
}
