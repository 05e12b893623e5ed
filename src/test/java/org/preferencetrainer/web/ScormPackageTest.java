package org.preferencetrainer.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The SCORM 1.2 zip as the build writes it: its manifest lists every file the package holds
 * and no other, so an LMS that reads the list (or an admin checking it) sees the whole SCO, and
 * the package holds every file the loader may fetch inside an LMS, reporting first.
 */
class ScormPackageTest {
    private static final String MANIFEST = "imsmanifest.xml";

    @Test
    void theManifestListsExactlyTheFilesInTheZip() throws Exception {
        try (ZipFile zip = new ZipFile(shippedZip().toFile())) {
            Set<String> inZip = new TreeSet<>();
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                if (!entry.isDirectory() && !entry.getName().equals(MANIFEST)) {
                    inZip.add(entry.getName());
                }
            }
            Document manifest;
            try (InputStream in = zip.getInputStream(zip.getEntry(MANIFEST))) {
                DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
                factory.setNamespaceAware(true);
                manifest = factory.newDocumentBuilder().parse(in);
            }
            Set<String> listed = new TreeSet<>();
            NodeList files = manifest.getElementsByTagNameNS("*", "file");
            for (int i = 0; i < files.getLength(); i++) {
                listed.add(((Element) files.item(i)).getAttribute("href"));
            }

            assertEquals(inZip, listed);
            Element resource = (Element) manifest.getElementsByTagNameNS("*", "resource").item(0);
            assertTrue(inZip.contains(resource.getAttribute("href")), "the SCO's page is inside");
            for (String needed : new String[] {"preference-trainer.js", "preference-trainer.css",
                "preference-trainer-engine.js", "preference-trainer-engine.wasm",
                "preference-trainer-engine.wasm-runtime.js", "preference-trainer-reporting.js",
                "preference-trainer-words-es.js", "preference-trainer-words-fr.js",
                "content/lesson.json"}) {
                assertTrue(inZip.contains(needed), needed + " is in the package");
            }
        }
    }

    /** target/preference-trainer-VERSION-scorm12.zip, as the build made it. */
    static Path shippedZip() throws IOException {
        Path target = Path.of(System.getProperty("dist.dir", "target/dist")).getParent();
        try (var found = Files.newDirectoryStream(target, "preference-trainer-*-scorm12.zip")) {
            for (Path zip : found) {
                return zip;
            }
        }
        throw new IllegalStateException("No SCORM zip in " + target + "; build it with mvn package");
    }
}
