package nl.waakvlam.retention;

import nl.waakvlam.client.ClientAccess;
import nl.waakvlam.client.ClientFileSection;
import nl.waakvlam.client.FileView;
import org.springframework.stereotype.Component;

/**
 * On the project leader's view of the client file: the open erasure request, or the way to make
 * one. Nobody else sees it.
 */
@Component
class ErasureSection implements ClientFileSection {

    private final ErasureService erasures;

    ErasureSection(ErasureService erasures) {
        this.erasures = erasures;
    }

    record Data(Long clientId, ErasureService.ErasureView open) {
    }

    @Override
    public String slot() {
        return "details";
    }

    @Override
    public String fragment() {
        return "retention/erasure-section :: erasure";
    }

    @Override
    public int order() {
        return 900;
    }

    @Override
    public Object data(FileView file) {
        if (file.access() != ClientAccess.METADATA) {
            return null;
        }
        return new Data(file.clientId(), erasures.openRequest(file.clientId()));
    }
}
