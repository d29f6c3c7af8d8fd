/** Red Thread's mark: a red rounded square crossed by one white thread that ties two dots together. */
export function Logo({ size = 24 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 128 128" aria-hidden="true" focusable="false">
      <rect x="4" y="4" width="120" height="120" rx="28" fill="#e0263d" />
      <path d="M30 88 C 50 40, 78 96, 98 40" fill="none" stroke="#fff" stroke-width="11" stroke-linecap="round" />
      <circle cx="30" cy="88" r="10" fill="#fff" />
      <circle cx="98" cy="40" r="10" fill="#fff" />
    </svg>
  );
}
