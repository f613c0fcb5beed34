package nl.waakvlam.retention;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Four eyes: whoever asked for an erasure can never decide on it, and a decision is final. */
class ErasureRequestTests {

    @Test
    void theRequesterCannotApproveOrReject() {
        ErasureRequest request = new ErasureRequest(1L, "Verzoek van de cliënt", 7L, Instant.now());
        assertThatThrownBy(() -> request.approve(7L, Instant.now())).isInstanceOf(ErasureException.class)
                .hasMessage("retention.erasure.error.fourEyes");
        assertThatThrownBy(() -> request.reject(7L, Instant.now())).isInstanceOf(ErasureException.class);
        assertThat(request.getStatus()).isEqualTo(ErasureStatus.REQUESTED);
    }

    @Test
    void aSecondPersonDecidesOnce() {
        ErasureRequest request = new ErasureRequest(1L, "Verzoek van de cliënt", 7L, Instant.now());
        request.approve(8L, Instant.now());
        assertThat(request.getStatus()).isEqualTo(ErasureStatus.APPROVED);
        assertThatThrownBy(() -> request.reject(9L, Instant.now())).isInstanceOf(ErasureException.class)
                .hasMessage("retention.erasure.error.decided");
    }
}
