package eventlings.checkers.servers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SecretsTest {

  @Test
  @DisplayName("A password in a JDBC URL, as a parameter or before the host, is never shown")
  void passwords_are_masked() {
    assertThat(Secrets.masked("jdbc:postgresql://db:5432/shop?user=app&password=s3cret&ssl=true"))
        .isEqualTo("jdbc:postgresql://db:5432/shop?user=app&password=***&ssl=true");
    assertThat(Secrets.masked("jdbc:postgresql://app:s3cret@db:5432/shop")).isEqualTo("jdbc:postgresql://app:***@db:5432/shop");
    assertThat(Secrets.masked("jdbc:postgresql://localhost:5432/eventlings")).isEqualTo("jdbc:postgresql://localhost:5432/eventlings");
  }

  @Test
  @DisplayName("The description of an external server masks its password too")
  void the_external_servers_description_is_masked() {
    assertThat(new ExternalPostgres("jdbc:postgresql://db/shop?password=s3cret", "app", "s3cret").description())
        .doesNotContain("s3cret");
  }
}
