/**
 * Retention and erasure. Owns the administrator's retention periods per record type
 * ({@code retention_rule}), the four-eyes erasure requests ({@code erasure_request}) and the record of
 * each retention run ({@code retention_run}). The daily {@code RetentionJob} (one instance at a time)
 * anonymises the client files whose period passed through the client module's {@code ClientRetention},
 * which lets every module clear its own tables ({@code ClientAnonymisation}); it deletes old inbox items
 * through {@code notification} and purges old audit rows through {@code security}'s database function.
 * {@code /admin/retention} shows the periods, the dry run of the next run and the erasure requests; the
 * project leader requests an erasure on the client file, an administrator approves or rejects it.
 */
@ApplicationModule(displayName = "Retention and erasure",
        allowedDependencies = {"shared", "security", "client", "notification"})
package nl.waakvlam.retention;

import org.springframework.modulith.ApplicationModule;
