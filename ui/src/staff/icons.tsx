// Line icons of the staff screens, drawn inline like the customer ones.
import { Svg } from "../parts";

type Props = { size?: number };

export function WrenchIcon({ size = 36 }: Props) {
  return (
    <Svg size={size}>
      <path d="M14.5 6.5a4.5 4.5 0 0 0 5.6 5.6L13 19.2a2.3 2.3 0 0 1-3.2-3.2l7.1-7.1" />
      <path d="M14.5 6.5 17 4a4.5 4.5 0 0 1 3 3l-2.5 2.5" />
      <path d="M3.5 20.5 9 15" />
    </Svg>
  );
}

export function HomeIcon({ size = 32 }: Props) {
  return (
    <Svg size={size}>
      <path d="M3.5 11 12 4l8.5 7" />
      <path d="M6 9.5V20h12V9.5" />
      <path d="M10 20v-5h4v5" />
    </Svg>
  );
}

export function ListIcon({ size = 32 }: Props) {
  return (
    <Svg size={size}>
      <path d="M9 6h11M9 12h11M9 18h11" />
      <path d="M4 6h.5M4 12h.5M4 18h.5" />
    </Svg>
  );
}

export function ScaleIcon({ size = 32 }: Props) {
  return (
    <Svg size={size}>
      <path d="M12 4v16M7 20h10M5 7h14" />
      <path d="M5 7l-3 6a3 3 0 0 0 6 0zM19 7l-3 6a3 3 0 0 0 6 0z" />
    </Svg>
  );
}

export function PrintIcon({ size = 32 }: Props) {
  return (
    <Svg size={size}>
      <path d="M7 9V3.5h10V9M7 17H4.5V9h15v8H17" />
      <path d="M7 13.5h10V21H7z" />
    </Svg>
  );
}

export function CameraIcon({ size = 32 }: Props) {
  return (
    <Svg size={size}>
      <path d="M3 8h4l2-3h6l2 3h4v11H3z" />
      <circle cx="12" cy="13" r="3.5" />
    </Svg>
  );
}

export function GearIcon({ size = 32 }: Props) {
  return (
    <Svg size={size}>
      <circle cx="12" cy="12" r="3" />
      <path d="M12 2.5v3M12 18.5v3M2.5 12h3M18.5 12h3M5.3 5.3l2.1 2.1M16.6 16.6l2.1 2.1M5.3 18.7l2.1-2.1M16.6 7.4l2.1-2.1" />
    </Svg>
  );
}

export function LogIcon({ size = 32 }: Props) {
  return (
    <Svg size={size}>
      <path d="M5 3.5h10l4 4v13H5z" />
      <path d="M8.5 11h7M8.5 14.5h7M8.5 18h4" />
    </Svg>
  );
}

export function ShieldIcon({ size = 32 }: Props) {
  return (
    <Svg size={size}>
      <path d="M12 3 4.5 6v5.5c0 4.6 3.2 8.3 7.5 9.5 4.3-1.2 7.5-4.9 7.5-9.5V6z" />
      <path d="M8.5 12l2.5 2.5 4.5-5" />
    </Svg>
  );
}

export function ExitIcon({ size = 32 }: Props) {
  return (
    <Svg size={size} cls="flip-rtl">
      <path d="M10 4H4.5v16H10" />
      <path d="M9 12h11M16 8l4 4-4 4" />
    </Svg>
  );
}

export function PowerIcon({ size = 32 }: Props) {
  return (
    <Svg size={size}>
      <path d="M12 3v8" />
      <path d="M7 5.8a8 8 0 1 0 10 0" />
    </Svg>
  );
}

export function RefreshIcon({ size = 32 }: Props) {
  return (
    <Svg size={size}>
      <path d="M20 12a8 8 0 1 1-2.3-5.7" />
      <path d="M20 4v5h-5" />
    </Svg>
  );
}

export function SoundIcon({ size = 32, muted }: Props & { muted: boolean }) {
  return (
    <Svg size={size}>
      <path d="M4 9.5h3.5L12 5.5v13l-4.5-4H4z" />
      {muted ? <path d="M16 9.5l5 5M21 9.5l-5 5" /> : <path d="M15.5 9a4 4 0 0 1 0 6M18 6.5a7.5 7.5 0 0 1 0 11" />}
    </Svg>
  );
}

export function PersonIcon({ size = 30 }: Props) {
  return (
    <Svg size={size}>
      <circle cx="12" cy="8" r="4" />
      <path d="M4 21c.8-4.2 4-6.5 8-6.5s7.2 2.3 8 6.5" />
    </Svg>
  );
}

export function ClockIcon({ size = 30 }: Props) {
  return (
    <Svg size={size}>
      <circle cx="12" cy="12" r="9" />
      <path d="M12 7v5l3.5 2" />
    </Svg>
  );
}

export function FilterIcon({ size = 28 }: Props) {
  return (
    <Svg size={size}>
      <path d="M3.5 5h17l-6.5 8v6l-4-2v-4z" />
    </Svg>
  );
}

export function SearchIcon({ size = 28 }: Props) {
  return (
    <Svg size={size}>
      <circle cx="10.5" cy="10.5" r="6.5" />
      <path d="M15.5 15.5 21 21" />
    </Svg>
  );
}

export function ChevronIcon({ size = 28 }: Props) {
  return (
    <Svg size={size} cls="flip-rtl">
      <path d="M9 5l7 7-7 7" />
    </Svg>
  );
}

/** Points left in every language: the keypads type left-to-right digits and codes. */
export function BackspaceIcon({ size = 36 }: Props) {
  return (
    <Svg size={size}>
      <path d="M8.5 5H21v14H8.5L2.5 12z" />
      <path d="M11.5 9l6 6M17.5 9l-6 6" />
    </Svg>
  );
}

export function ReceiptIcon({ size = 30 }: Props) {
  return (
    <Svg size={size}>
      <path d="M5.5 3h13v18l-2.2-1.5-2.1 1.5-2.2-1.5-2.2 1.5-2.1-1.5-2.2 1.5z" />
      <path d="M9 8h6M9 11.5h6M9 15h4" />
    </Svg>
  );
}

export function RefundIcon({ size = 30 }: Props) {
  return (
    <Svg size={size} cls="flip-rtl">
      <path d="M9 14 4 9l5-5" />
      <path d="M4 9h10.5a5.5 5.5 0 0 1 0 11H10" />
    </Svg>
  );
}

export function BellIcon({ size = 30 }: Props) {
  return (
    <Svg size={size}>
      <path d="M6 16V11a6 6 0 0 1 12 0v5l1.5 2h-15z" />
      <path d="M10 20.5a2 2 0 0 0 4 0" />
    </Svg>
  );
}
