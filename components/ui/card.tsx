import type { ReactNode } from "react";

type CardProps = {
  title?: string;
  className?: string;
  children: ReactNode;
};

export function Card({ title, className = "", children }: CardProps) {
  return (
    <div className={`rounded-lg border border-border bg-card p-4 ${className}`}>
      {title ? <h2 className="mb-2 text-base font-semibold">{title}</h2> : null}
      {children}
    </div>
  );
}
