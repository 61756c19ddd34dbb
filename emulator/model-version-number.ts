// Model version numbers are "major.minor" strings, not floats: "1.0" is the
// major version, "1.01", "1.02", ... "1.10" are its retrains. AFD accepted
// "1.00" for "1.0" (aws-samples python SDK), so inputs are normalised the way a
// decimal parse would: "1.00" → "1.0", "1.1" → "1.10".

export interface VersionNumber {
  major: number;
  minor: number;
}

export function parseModelVersion(text: string): VersionNumber {
  const [majorText = '', minorText = '0'] = text.split('.');
  const minorDigits = minorText.length === 1 ? `${minorText}0` : minorText;
  return { major: Number.parseInt(majorText, 10), minor: Number.parseInt(minorDigits, 10) };
}

export function formatModelVersion({ major, minor }: VersionNumber): string {
  return minor === 0 ? `${major}.0` : `${major}.${String(minor).padStart(2, '0')}`;
}

export function normaliseModelVersion(text: string): string {
  return formatModelVersion(parseModelVersion(text));
}

export function compareModelVersions(a: string, b: string): number {
  const x = parseModelVersion(a);
  const y = parseModelVersion(b);
  return x.major - y.major || x.minor - y.minor;
}
