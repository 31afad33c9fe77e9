import { BlockList, isIP } from 'node:net';

/** proxy-addr's named ranges, as CIDR blocks. */
const NAMED: Record<string, string[]> = {
  loopback: ['127.0.0.0/8', '::1/128'],
  linklocal: ['169.254.0.0/16', 'fe80::/10'],
  uniquelocal: ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', 'fc00::/7'],
};

/** A matcher for a list of addresses, CIDR blocks and named ranges (as config parses them). */
export function addressMatcher(list: readonly string[]): (ip: string | undefined) => boolean {
  const block = new BlockList();
  for (const entry of list.flatMap((e) => NAMED[e] ?? [e])) {
    const [addr, bits] = entry.split('/');
    const family = isIP(addr!) === 6 ? 'ipv6' : 'ipv4';
    if (bits === undefined) block.addAddress(addr!, family);
    else block.addSubnet(addr!, Number(bits), family);
  }
  return (ip) => {
    if (!ip || !isIP(ip)) return false;
    // IPv4 clients on a dual-stack socket arrive as ::ffff:a.b.c.d.
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip)?.[1];
    if (mapped) return block.check(mapped, 'ipv4');
    return block.check(ip, isIP(ip) === 6 ? 'ipv6' : 'ipv4');
  };
}
