package nl.waakvlam.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import nl.waakvlam.shared.NotFoundException;
import org.hibernate.exception.JDBCConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Maps domain exceptions to the error pages in {@code templates/error/}. The pages never show
 * exception messages or stack traces.
 */
@ControllerAdvice
class ErrorPagesAdvice {

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }

    /**
     * The database cannot be reached (restarting, the pool waited in vain): 503 with the translated page,
     * the same one {@link DatabaseUnavailableFilter} writes for a failure before the controllers.
     */
    @ExceptionHandler({CannotCreateTransactionException.class, DataAccessResourceFailureException.class,
            JDBCConnectionException.class})
    String unavailable(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", DatabaseUnavailableFilter.RETRY_AFTER);
        return "error/503";
    }

    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String conflict() {
        return "error/409";
    }
}
