export default function Loading() {
  return (
    <p role="status" className="py-8 text-stone-600">
      Loading…
    </p>
  );
}
