/** Delivery of cross-module events: the scheduled resubmission of incomplete publications. */
package nl.waakvlam.shared.events;
