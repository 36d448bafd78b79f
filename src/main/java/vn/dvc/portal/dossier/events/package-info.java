/**
 * What the dossier module tells the rest of the portal: a past-tense event for each step of a
 * dossier's life, with the dossier's states and channels they are written in. Other modules
 * declare {@code "dossier :: events"} to listen; nothing here reaches into the dossier.
 */
@org.springframework.modulith.NamedInterface("events")
package vn.dvc.portal.dossier.events;
