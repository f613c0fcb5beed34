package nl.waakvlam.shared;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/** Links in e-mails come from the configured address; a request at another address is noticed. */
class BaseAddressTests {

    static MockHttpServletRequest request(String scheme, String host, int port) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setScheme(scheme);
        request.setServerName(host);
        request.setServerPort(port);
        return request;
    }

    @Test
    void linksAreBuiltFromTheConfiguredAddressNotFromTheRequest() {
        BaseAddress address = new BaseAddress("https://waakvlam.example.nl/");
        assertThat(address.link("/invitation/abc")).isEqualTo("https://waakvlam.example.nl/invitation/abc");
        assertThat(new BaseAddress("").url()).isEqualTo("http://localhost:8080");
    }

    @Test
    void aRequestAtTheSameAddressAgreesAndAnotherIsNamed() {
        BaseAddress address = new BaseAddress("https://waakvlam.example.nl");
        assertThat(address.differsFrom(request("https", "waakvlam.example.nl", 443))).isNull();
        assertThat(address.differsFrom(request("https", "WAAKVLAM.example.nl", 443))).isNull();
        assertThat(address.differsFrom(request("http", "waakvlam.example.nl", 80)))
                .isEqualTo("http://waakvlam.example.nl");
        assertThat(address.differsFrom(request("https", "10.0.0.5", 8443))).isEqualTo("https://10.0.0.5:8443");
        assertThat(new BaseAddress("").differsFrom(request("http", "localhost", 8080))).isNull();
    }
}
