/**
 * Cluster-wide scheduling: the {@code shedlock} table and the lock provider that makes every
 * {@code @SchedulerLock} job run on one instance at a time.
 */
package nl.waakvlam.shared.scheduling;
