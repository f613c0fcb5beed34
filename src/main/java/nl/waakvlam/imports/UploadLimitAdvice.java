package nl.waakvlam.imports;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A file over the size limit is refused before any controller sees the request (the multipart
 * parser throws); the import's upload is the only form that sends files, so it goes back there with
 * the reason instead of an error page.
 */
@ControllerAdvice
class UploadLimitAdvice {

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(RedirectAttributes redirect) {
        redirect.addFlashAttribute("refusalKey", "import.file.tooLarge");
        redirect.addFlashAttribute("refusalArguments", new Object[]{ImportController.MAX_FILE_SIZE.toMegabytes()});
        return "redirect:/import";
    }
}
