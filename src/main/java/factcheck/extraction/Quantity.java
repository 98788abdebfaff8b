package factcheck.extraction;

public record Quantity(String text, int start, int end, String value, String unit, String qualifier) {}
