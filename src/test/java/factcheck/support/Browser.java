package factcheck.support;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A real headless Chromium for tests of the pages' scripts: the machine's own browser and driver (see .ci/run),
 * never one that Selenium would download. A test class shares one through {@link SharedBrowser}.
 */
public final class Browser implements AutoCloseable {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    /** Where screenshots go: target/screenshots, or the folder named by this system property (docs/images). */
    private static final String SCREENSHOTS = "screenshots";
    private static final Dimension WINDOW = new Dimension(1280, 800);
    /** Set to "required" (as CI does) to fail, rather than leave out, browser tests on a machine without Chromium. */
    private static final String REQUIRED = "FACTCHECK_BROWSER_TESTS";
    private static final AtomicBoolean ANNOUNCED = new AtomicBoolean();

    private final WebDriver driver;
    private final URL base;

    private Browser(WebDriver driver, URL base) {
        this.driver = driver;
        this.base = base;
    }

    /**
     * A browser of 1280×800 pixels on the application at {@code base}. Without Debian's
     * {@code chromium} and {@code chromedriver} the test is left out, and the build says so once;
     * with {@value #REQUIRED}=required it fails instead.
     */
    public static Browser open(URL base) {
        if (!Files.isExecutable(Path.of(CHROMIUM)) || !Files.isExecutable(Path.of(CHROMEDRIVER))) {
            String missing = "Browser tests left out: install Debian's chromium and chromium-driver to run them";
            if ("required".equals(System.getenv(REQUIRED))) {
                throw new IllegalStateException(missing + " (" + REQUIRED + "=required)");
            }
            if (!ANNOUNCED.getAndSet(true)) {
                System.out.println(missing);
            }
            Assumptions.abort(missing);
        }
        // Selenium's usage statistics: off, as the tests run without a network.
        System.setProperty("SE_AVOID_STATS", "true");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=" + WINDOW.getWidth() + "," + WINDOW.getHeight());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        return new Browser(new ChromeDriver(service, options), base);
    }

    /**
     * Forgets the last test's visit, as if a new person sat down: every cookie (so nobody is signed in) and the
     * site's stored data (drafts) go, and the window gets its usual size back.
     */
    void startAfresh() {
        driver.get("about:blank");
        ChromeDriver chromium = (ChromeDriver) driver;
        chromium.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        chromium.executeCdpCommand("Storage.clearDataForOrigin",
                Map.of("origin", base.getProtocol() + "://" + base.getAuthority(), "storageTypes", "all"));
        driver.manage().window().setSize(WINDOW);
    }

    public WebDriver driver() {
        return driver;
    }

    public void go(String path) {
        driver.get(base.toString().replaceAll("/$", "") + path);
    }

    /** Signs in through the login form, as a person does. */
    public void signIn(String username) {
        go("/login");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(Accounts.PASSWORD);
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        waitUntil(browser -> !browser.getCurrentUrl().contains("/login"));
    }

    /** Waits for a condition on the page; an element replaced by a swap meanwhile is looked up again. */
    public <T> T waitUntil(ExpectedCondition<T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(10))
                .ignoring(StaleElementReferenceException.class)
                .until(condition);
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    /**
     * Saves a screenshot of the window, or of one element, as {name}.png in target/screenshots, or in the folder that
     * the system property {@value #SCREENSHOTS} names.
     */
    public void screenshot(String name, TakesScreenshot subject) {
        try {
            Path folder = Path.of(System.getProperty(SCREENSHOTS, "target/screenshots"));
            Files.createDirectories(folder);
            Files.write(folder.resolve(name + ".png"), subject.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
