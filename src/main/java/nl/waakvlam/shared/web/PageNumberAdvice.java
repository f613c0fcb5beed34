package nl.waakvlam.shared.web;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

import java.beans.PropertyEditorSupport;

/**
 * A list's {@code page} parameter is held to 0 … {@value #LAST_PAGE}: a negative number shows the
 * first page, and a huge one (typed, or sent by a scanner) an empty page past the end, instead of an
 * offset beyond what the database driver and Spring Data accept, which answered 500. Text that is
 * not a whole number still answers 400.
 */
@ControllerAdvice
class PageNumberAdvice {

    /** Far beyond any list (100,000 pages of 25 rows), and its offset still fits an {@code int}. */
    static final int LAST_PAGE = 100_000;

    @InitBinder("page")
    void holdPageNumbers(WebDataBinder binder) {
        PropertyEditorSupport held = new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                long page;
                try {
                    page = Long.parseLong(text.strip());
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("not a page number");
                }
                setValue((int) Math.max(0, Math.min(LAST_PAGE, page)));
            }
        };
        binder.registerCustomEditor(int.class, held);
        binder.registerCustomEditor(Integer.class, held);
    }
}
