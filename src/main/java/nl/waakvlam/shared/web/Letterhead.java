package nl.waakvlam.shared.web;

import org.springframework.modulith.NamedInterface;

/**
 * The programme's name at the top of every PDF. Implemented by the module that keeps the programme
 * settings, so that a new name shows on the next document without a restart.
 */
@NamedInterface("pdf")
public interface Letterhead {

    String programmeName();
}
