"use client";
/** When the database comes back after an outage, re-ask every query that failed meanwhile. */
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { healthQuery } from "@/app/queries";

export function useRecoverAfterOutage(): boolean {
  const client = useQueryClient();
  const { isError, isSuccess } = useQuery(healthQuery());
  const wasDown = useRef(false);
  useEffect(() => {
    if (isError) wasDown.current = true;
    if (isSuccess && wasDown.current) {
      wasDown.current = false;
      void client.refetchQueries({ predicate: (q) => q.state.status === "error" && q.queryKey[0] !== "health" });
    }
  }, [isError, isSuccess, client]);
  return isError;
}
