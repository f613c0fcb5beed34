/**
 * Running several instances of the application: the request id in every log line and response
 * ({@code RequestIdFilter}), structured JSON logs on request ({@code LogFormat}), the Prometheus
 * endpoint behind its bearer token ({@code MetricsEndpointGuard}), the application's own counters
 * ({@code CommittedCounter}). The 503 page while the database cannot be reached is with the other error
 * pages in {@code shared.web}. Owns no tables.
 */
package nl.waakvlam.shared.operations;
