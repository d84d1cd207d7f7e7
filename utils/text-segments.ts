// Splits a text into plain runs and marked spans, for drawing findings over a copy of the text.

export interface Span {
  start: number;
  end: number;
}

export interface Segment<T extends Span> {
  text: string;
  start: number;
  span?: T;
}

/** Spans must be sorted by start; an overlapping span is dropped (the checker already resolves overlaps). */
export function segmentText<T extends Span>(text: string, spans: readonly T[]): Segment<T>[] {
  const segments: Segment<T>[] = [];
  let cursor = 0;
  for (const span of spans) {
    if (span.start < cursor || span.end <= span.start || span.end > text.length) continue;
    if (span.start > cursor) segments.push({ text: text.slice(cursor, span.start), start: cursor });
    segments.push({ text: text.slice(span.start, span.end), start: span.start, span });
    cursor = span.end;
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor), start: cursor });
  return segments;
}
