export { AreaLoading as default } from "@/components/ui/loading";
