package dev.vizzor.gateway.docs;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vizzor.gateway.admin.AdminServer;
import dev.vizzor.gateway.support.Admin;
import dev.vizzor.gateway.support.GatewayTestProfile;
import dev.vizzor.gateway.support.InternalTokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.File;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * {@code /docs} as a person uses it, in Debian's headless Chromium driven by chromedriver: pick a
 * service, authorize with an {@code X-API-Key}, "Try it out" on a routed operation. What the fake
 * service received (it echoes the request) shows the gateway accepted the key the browser sent.
 * Without chromium and chromedriver (a machine that did not run scripts/install-os-packages.sh) the
 * tests are skipped, saying so.
 */
@QuarkusTest
@TestProfile(GatewayTestProfile.class)
class SwaggerUiInBrowserTest {
  private static final String NOT_RUN =
      "SwaggerUiInBrowserTest did NOT run: chromium and chromedriver are not installed; run"
          + " `apt-get install -y chromium chromium-driver` (scripts/install-os-packages.sh does it)";
  private static final Duration PATIENCE = Duration.ofSeconds(20);
  private static final ObjectMapper JSON = new ObjectMapper();

  private static WebDriver browser;

  @TestHTTPResource("/")
  URL gateway;

  @Inject AdminServer adminServer;

  @BeforeAll
  static void startBrowser(@TempDir Path profile) {
    Optional<Path> chromium = onPath("chromium");
    Optional<Path> chromedriver = onPath("chromedriver");
    if (chromium.isEmpty() || chromedriver.isEmpty()) {
      System.err.println(NOT_RUN);
      return;
    }
    ChromeOptions options = new ChromeOptions();
    // The binary is named, so Selenium Manager never tries to download a browser or driver.
    options.setBinary(chromium.get().toFile());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1280,2000",
        "--user-data-dir=" + profile);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(chromedriver.get().toFile())
            .usingAnyFreePort()
            .build();
    browser = new ChromeDriver(service, options);
    browser.manage().timeouts().pageLoadTimeout(PATIENCE);
  }

  /** Per test, so each is reported as skipped rather than the class vanishing from the counts. */
  @BeforeEach
  void browserInstalled() {
    Assumptions.assumeTrue(browser != null, NOT_RUN);
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  @Timeout(60)
  void tryItOutSendsTheApiKeyAndTheServiceGetsTheGatewaysToken() throws Exception {
    Admin.Key key = new Admin(adminServer.port()).createKey("api", "pro");
    openService("market");

    browser.findElement(By.cssSelector(".scheme-container button.authorize")).click();
    WebElement apiKeyForm =
        waitFor(By.xpath("//div[contains(@class,'auth-container')][.//h4[contains(.,'apiKey')]]"));
    apiKeyForm.findElement(By.cssSelector("input")).sendKeys(key.secret());
    apiKeyForm.findElement(By.cssSelector("button.authorize")).click();
    browser.findElement(By.cssSelector(".dialog-ux button.btn-done")).click();

    WebElement price = operation("get", "/v1/market/price/{symbol}");
    price.findElement(By.cssSelector("button.try-out__btn")).click();
    price.findElement(By.cssSelector("input[placeholder='symbol']")).sendKeys("BTC");
    price.findElement(By.cssSelector("button.execute")).click();

    WebElement answer =
        waitFor(price, By.cssSelector(".live-responses-table tr.response .highlight-code pre"));
    String origin = gateway.toString().replaceAll("/$", "");
    assertEquals(
        origin + "/v1/market/price/BTC",
        price.findElement(By.cssSelector(".request-url pre")).getText(),
        "Try it out calls the gateway");
    assertTrue(
        price
            .findElement(By.cssSelector(".curl-command"))
            .getText()
            .contains("X-API-Key: " + key.secret()),
        "the browser sent the key");
    assertEquals(
        "200",
        price
            .findElement(By.cssSelector(".live-responses-table tr.response .response-col_status"))
            .getText());
    JsonNode received = JSON.readTree(answer.getText());
    assertEquals("/v1/market/price/BTC", received.get("path").asText());
    Map<String, Object> claims =
        InternalTokens.verify(received.at("/headers/authorization").asText());
    assertEquals(key.accountId(), claims.get("sub"), "the gateway accepted the key");
  }

  @Test
  @Timeout(60)
  void aVelocityOperationShowsItsFamilysErrorBodies() {
    openService("market");
    WebElement trends = operation("get", "/api/v1/trends");
    WebElement forbidden = waitFor(trends, By.cssSelector("tr.response[data-code='403']"));
    assertTrue(forbidden.getText().contains("tier_too_low_for_api_access"), forbidden.getText());

    forbidden.findElement(By.cssSelector("button[data-name='model']")).click();
    WebElement schema = waitFor(forbidden, By.cssSelector(".model-box"));
    assertTrue(schema.getText().contains("VelocityError"), schema.getText());
  }

  /** Loads {@code /docs} and picks {@code service} in the top bar's definition list. */
  private void openService(String service) {
    browser.get(gateway + "docs/");
    waitFor(By.cssSelector(".topbar select"))
        .findElement(By.xpath("option[.='" + service + "']"))
        .click();
    await()
        .atMost(PATIENCE)
        .ignoreExceptions()
        .until(
            () -> browser.findElement(By.cssSelector(".information-container .url")).getText(),
            url -> url.contains("/openapi/" + service));
  }

  /** The operation's block, opened. */
  private WebElement operation(String method, String path) {
    WebElement block =
        waitFor(
            By.xpath(
                "//div[contains(@class,'opblock-"
                    + method
                    + "')][.//*[@data-path='"
                    + path
                    + "']]"));
    block.findElement(By.cssSelector(".opblock-summary")).click();
    waitFor(block, By.cssSelector(".opblock-body"));
    return block;
  }

  /** The first visible element {@code locator} finds, once there is one. */
  private WebElement waitFor(By locator) {
    return waitFor(null, locator);
  }

  private WebElement waitFor(WebElement within, By locator) {
    return await()
        .atMost(PATIENCE)
        .ignoreExceptions()
        .until(
            () ->
                (within == null ? browser.findElements(locator) : within.findElements(locator))
                    .stream().filter(WebElement::isDisplayed).findFirst().orElse(null),
            notNullValue());
  }

  private static Optional<Path> onPath(String command) {
    return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
        .map(dir -> Path.of(dir, command))
        .filter(Files::isExecutable)
        .findFirst();
  }
}
