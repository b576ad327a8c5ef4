export default function Loading() {
  return (
    <p className="py-16 text-center text-stone-600" role="status">
      Loading…
    </p>
  );
}
