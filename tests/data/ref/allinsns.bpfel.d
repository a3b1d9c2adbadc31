
allinsns.bpfel.o:	file format elf64-bpf

Disassembly of section insns:

0000000000000000 <all_insns>:
       0:	04 52 00 00 f9 ff ff ff	w2 += -0x7
       1:	04 1a 00 00 ff ff ff 7f	w10 += 0x7fffffff
       2:	04 90 00 00 00 00 00 00	w0 += 0x0
       3:	0c 52 00 00 f9 ff ff ff	w2 += w5
       4:	0c 1a 00 00 ff ff ff 7f	w10 += w1
       5:	0c 90 00 00 00 00 00 00	w0 += w9
       6:	14 52 00 00 f9 ff ff ff	w2 -= -0x7
       7:	14 1a 00 00 ff ff ff 7f	w10 -= 0x7fffffff
       8:	14 90 00 00 00 00 00 00	w0 -= 0x0
       9:	1c 52 00 00 f9 ff ff ff	w2 -= w5
      10:	1c 1a 00 00 ff ff ff 7f	w10 -= w1
      11:	1c 90 00 00 00 00 00 00	w0 -= w9
      12:	24 52 00 00 f9 ff ff ff	w2 *= -0x7
      13:	24 1a 00 00 ff ff ff 7f	w10 *= 0x7fffffff
      14:	24 90 00 00 00 00 00 00	w0 *= 0x0
      15:	2c 52 00 00 f9 ff ff ff	w2 *= w5
      16:	2c 1a 00 00 ff ff ff 7f	w10 *= w1
      17:	2c 90 00 00 00 00 00 00	w0 *= w9
      18:	34 52 00 00 f9 ff ff ff	w2 /= -0x7
      19:	34 1a 00 00 ff ff ff 7f	w10 /= 0x7fffffff
      20:	34 90 00 00 00 00 00 00	w0 /= 0x0
      21:	34 52 01 00 f9 ff ff ff	w2 s/= -0x7
      22:	34 76 01 00 64 00 00 00	w6 s/= 0x64
      23:	3c 52 00 00 f9 ff ff ff	w2 /= w5
      24:	3c 1a 00 00 ff ff ff 7f	w10 /= w1
      25:	3c 90 00 00 00 00 00 00	w0 /= w9
      26:	3c 52 01 00 f9 ff ff ff	w2 s/= w5
      27:	3c 76 01 00 64 00 00 00	w6 s/= w7
      28:	44 52 00 00 f9 ff ff ff	w2 |= -0x7
      29:	44 1a 00 00 ff ff ff 7f	w10 |= 0x7fffffff
      30:	44 90 00 00 00 00 00 00	w0 |= 0x0
      31:	4c 52 00 00 f9 ff ff ff	w2 |= w5
      32:	4c 1a 00 00 ff ff ff 7f	w10 |= w1
      33:	4c 90 00 00 00 00 00 00	w0 |= w9
      34:	54 52 00 00 f9 ff ff ff	w2 &= -0x7
      35:	54 1a 00 00 ff ff ff 7f	w10 &= 0x7fffffff
      36:	54 90 00 00 00 00 00 00	w0 &= 0x0
      37:	5c 52 00 00 f9 ff ff ff	w2 &= w5
      38:	5c 1a 00 00 ff ff ff 7f	w10 &= w1
      39:	5c 90 00 00 00 00 00 00	w0 &= w9
      40:	64 52 00 00 f9 ff ff ff	w2 <<= -0x7
      41:	64 1a 00 00 ff ff ff 7f	w10 <<= 0x7fffffff
      42:	64 90 00 00 00 00 00 00	w0 <<= 0x0
      43:	6c 52 00 00 f9 ff ff ff	w2 <<= w5
      44:	6c 1a 00 00 ff ff ff 7f	w10 <<= w1
      45:	6c 90 00 00 00 00 00 00	w0 <<= w9
      46:	74 52 00 00 f9 ff ff ff	w2 >>= -0x7
      47:	74 1a 00 00 ff ff ff 7f	w10 >>= 0x7fffffff
      48:	74 90 00 00 00 00 00 00	w0 >>= 0x0
      49:	7c 52 00 00 f9 ff ff ff	w2 >>= w5
      50:	7c 1a 00 00 ff ff ff 7f	w10 >>= w1
      51:	7c 90 00 00 00 00 00 00	w0 >>= w9
      52:	84 02 00 00 00 00 00 00	w2 = -w2
      53:	94 52 00 00 f9 ff ff ff	w2 %= -0x7
      54:	94 1a 00 00 ff ff ff 7f	w10 %= 0x7fffffff
      55:	94 90 00 00 00 00 00 00	w0 %= 0x0
      56:	94 52 01 00 f9 ff ff ff	w2 s%= -0x7
      57:	94 76 01 00 64 00 00 00	w6 s%= 0x64
      58:	9c 52 00 00 f9 ff ff ff	w2 %= w5
      59:	9c 1a 00 00 ff ff ff 7f	w10 %= w1
      60:	9c 90 00 00 00 00 00 00	w0 %= w9
      61:	9c 52 01 00 f9 ff ff ff	w2 s%= w5
      62:	9c 76 01 00 64 00 00 00	w6 s%= w7
      63:	a4 52 00 00 f9 ff ff ff	w2 ^= -0x7
      64:	a4 1a 00 00 ff ff ff 7f	w10 ^= 0x7fffffff
      65:	a4 90 00 00 00 00 00 00	w0 ^= 0x0
      66:	ac 52 00 00 f9 ff ff ff	w2 ^= w5
      67:	ac 1a 00 00 ff ff ff 7f	w10 ^= w1
      68:	ac 90 00 00 00 00 00 00	w0 ^= w9
      69:	b4 52 00 00 f9 ff ff ff	w2 = -0x7
      70:	b4 1a 00 00 ff ff ff 7f	w10 = 0x7fffffff
      71:	b4 90 00 00 00 00 00 00	w0 = 0x0
      72:	bc 52 00 00 f9 ff ff ff	w2 = w5
      73:	bc 1a 00 00 ff ff ff 7f	w10 = w1
      74:	bc 90 00 00 00 00 00 00	w0 = w9
      75:	bc 52 08 00 00 00 00 00	w2 = (s8)w5
      76:	bc 43 10 00 00 00 00 00	w3 = (s16)w4
      77:	c4 52 00 00 f9 ff ff ff	w2 s>>= -0x7
      78:	c4 1a 00 00 ff ff ff 7f	w10 s>>= 0x7fffffff
      79:	c4 90 00 00 00 00 00 00	w0 s>>= 0x0
      80:	cc 52 00 00 f9 ff ff ff	w2 s>>= w5
      81:	cc 1a 00 00 ff ff ff 7f	w10 s>>= w1
      82:	cc 90 00 00 00 00 00 00	w0 s>>= w9
      83:	d4 03 00 00 10 00 00 00	r3 = le16 r3
      84:	d4 04 00 00 20 00 00 00	r4 = le32 r4
      85:	d4 05 00 00 40 00 00 00	r5 = le64 r5
      86:	dc 03 00 00 10 00 00 00	r3 = be16 r3
      87:	dc 04 00 00 20 00 00 00	r4 = be32 r4
      88:	dc 05 00 00 40 00 00 00	r5 = be64 r5
      89:	07 52 00 00 f9 ff ff ff	r2 += -0x7
      90:	07 1a 00 00 ff ff ff 7f	r10 += 0x7fffffff
      91:	07 90 00 00 00 00 00 00	r0 += 0x0
      92:	0f 52 00 00 f9 ff ff ff	r2 += r5
      93:	0f 1a 00 00 ff ff ff 7f	r10 += r1
      94:	0f 90 00 00 00 00 00 00	r0 += r9
      95:	17 52 00 00 f9 ff ff ff	r2 -= -0x7
      96:	17 1a 00 00 ff ff ff 7f	r10 -= 0x7fffffff
      97:	17 90 00 00 00 00 00 00	r0 -= 0x0
      98:	1f 52 00 00 f9 ff ff ff	r2 -= r5
      99:	1f 1a 00 00 ff ff ff 7f	r10 -= r1
     100:	1f 90 00 00 00 00 00 00	r0 -= r9
     101:	27 52 00 00 f9 ff ff ff	r2 *= -0x7
     102:	27 1a 00 00 ff ff ff 7f	r10 *= 0x7fffffff
     103:	27 90 00 00 00 00 00 00	r0 *= 0x0
     104:	2f 52 00 00 f9 ff ff ff	r2 *= r5
     105:	2f 1a 00 00 ff ff ff 7f	r10 *= r1
     106:	2f 90 00 00 00 00 00 00	r0 *= r9
     107:	37 52 00 00 f9 ff ff ff	r2 /= -0x7
     108:	37 1a 00 00 ff ff ff 7f	r10 /= 0x7fffffff
     109:	37 90 00 00 00 00 00 00	r0 /= 0x0
     110:	37 52 01 00 f9 ff ff ff	r2 s/= -0x7
     111:	37 76 01 00 64 00 00 00	r6 s/= 0x64
     112:	3f 52 00 00 f9 ff ff ff	r2 /= r5
     113:	3f 1a 00 00 ff ff ff 7f	r10 /= r1
     114:	3f 90 00 00 00 00 00 00	r0 /= r9
     115:	3f 52 01 00 f9 ff ff ff	r2 s/= r5
     116:	3f 76 01 00 64 00 00 00	r6 s/= r7
     117:	47 52 00 00 f9 ff ff ff	r2 |= -0x7
     118:	47 1a 00 00 ff ff ff 7f	r10 |= 0x7fffffff
     119:	47 90 00 00 00 00 00 00	r0 |= 0x0
     120:	4f 52 00 00 f9 ff ff ff	r2 |= r5
     121:	4f 1a 00 00 ff ff ff 7f	r10 |= r1
     122:	4f 90 00 00 00 00 00 00	r0 |= r9
     123:	57 52 00 00 f9 ff ff ff	r2 &= -0x7
     124:	57 1a 00 00 ff ff ff 7f	r10 &= 0x7fffffff
     125:	57 90 00 00 00 00 00 00	r0 &= 0x0
     126:	5f 52 00 00 f9 ff ff ff	r2 &= r5
     127:	5f 1a 00 00 ff ff ff 7f	r10 &= r1
     128:	5f 90 00 00 00 00 00 00	r0 &= r9
     129:	67 52 00 00 f9 ff ff ff	r2 <<= -0x7
     130:	67 1a 00 00 ff ff ff 7f	r10 <<= 0x7fffffff
     131:	67 90 00 00 00 00 00 00	r0 <<= 0x0
     132:	6f 52 00 00 f9 ff ff ff	r2 <<= r5
     133:	6f 1a 00 00 ff ff ff 7f	r10 <<= r1
     134:	6f 90 00 00 00 00 00 00	r0 <<= r9
     135:	77 52 00 00 f9 ff ff ff	r2 >>= -0x7
     136:	77 1a 00 00 ff ff ff 7f	r10 >>= 0x7fffffff
     137:	77 90 00 00 00 00 00 00	r0 >>= 0x0
     138:	7f 52 00 00 f9 ff ff ff	r2 >>= r5
     139:	7f 1a 00 00 ff ff ff 7f	r10 >>= r1
     140:	7f 90 00 00 00 00 00 00	r0 >>= r9
     141:	87 02 00 00 00 00 00 00	r2 = -r2
     142:	97 52 00 00 f9 ff ff ff	r2 %= -0x7
     143:	97 1a 00 00 ff ff ff 7f	r10 %= 0x7fffffff
     144:	97 90 00 00 00 00 00 00	r0 %= 0x0
     145:	97 52 01 00 f9 ff ff ff	r2 s%= -0x7
     146:	97 76 01 00 64 00 00 00	r6 s%= 0x64
     147:	9f 52 00 00 f9 ff ff ff	r2 %= r5
     148:	9f 1a 00 00 ff ff ff 7f	r10 %= r1
     149:	9f 90 00 00 00 00 00 00	r0 %= r9
     150:	9f 52 01 00 f9 ff ff ff	r2 s%= r5
     151:	9f 76 01 00 64 00 00 00	r6 s%= r7
     152:	a7 52 00 00 f9 ff ff ff	r2 ^= -0x7
     153:	a7 1a 00 00 ff ff ff 7f	r10 ^= 0x7fffffff
     154:	a7 90 00 00 00 00 00 00	r0 ^= 0x0
     155:	af 52 00 00 f9 ff ff ff	r2 ^= r5
     156:	af 1a 00 00 ff ff ff 7f	r10 ^= r1
     157:	af 90 00 00 00 00 00 00	r0 ^= r9
     158:	b7 52 00 00 f9 ff ff ff	r2 = -0x7
     159:	b7 1a 00 00 ff ff ff 7f	r10 = 0x7fffffff
     160:	b7 90 00 00 00 00 00 00	r0 = 0x0
     161:	bf 52 00 00 f9 ff ff ff	r2 = r5
     162:	bf 1a 00 00 ff ff ff 7f	r10 = r1
     163:	bf 90 00 00 00 00 00 00	r0 = r9
     164:	bf 52 08 00 00 00 00 00	r2 = (s8)r5
     165:	bf 43 10 00 00 00 00 00	r3 = (s16)r4
     166:	bf 91 20 00 00 00 00 00	r1 = (s32)r9
     167:	c7 52 00 00 f9 ff ff ff	r2 s>>= -0x7
     168:	c7 1a 00 00 ff ff ff 7f	r10 s>>= 0x7fffffff
     169:	c7 90 00 00 00 00 00 00	r0 s>>= 0x0
     170:	cf 52 00 00 f9 ff ff ff	r2 s>>= r5
     171:	cf 1a 00 00 ff ff ff 7f	r10 s>>= r1
     172:	cf 90 00 00 00 00 00 00	r0 s>>= r9
     173:	d7 03 00 00 10 00 00 00	r3 = bswap16 r3
     174:	d7 04 00 00 20 00 00 00	r4 = bswap32 r4
     175:	d7 05 00 00 40 00 00 00	r5 = bswap64 r5
     176:	05 00 03 00 00 00 00 00	goto +0x3 <all_insns+0x5a0>
     177:	05 00 fe ff 00 00 00 00	goto -0x2 <all_insns+0x580>
     178:	05 00 00 00 00 00 00 00	goto +0x0 <all_insns+0x598>
     179:	15 21 03 00 fb ff ff ff	if r1 == -0x5 goto +0x3 <all_insns+0x5b8>
     180:	15 09 fc ff 10 00 00 00	if r9 == 0x10 goto -0x4 <all_insns+0x588>
     181:	1d 21 03 00 fb ff ff ff	if r1 == r2 goto +0x3 <all_insns+0x5c8>
     182:	1d 09 fc ff 10 00 00 00	if r9 == r0 goto -0x4 <all_insns+0x598>
     183:	25 21 03 00 fb ff ff ff	if r1 > -0x5 goto +0x3 <all_insns+0x5d8>
     184:	25 09 fc ff 10 00 00 00	if r9 > 0x10 goto -0x4 <all_insns+0x5a8>
     185:	2d 21 03 00 fb ff ff ff	if r1 > r2 goto +0x3 <all_insns+0x5e8>
     186:	2d 09 fc ff 10 00 00 00	if r9 > r0 goto -0x4 <all_insns+0x5b8>
     187:	35 21 03 00 fb ff ff ff	if r1 >= -0x5 goto +0x3 <all_insns+0x5f8>
     188:	35 09 fc ff 10 00 00 00	if r9 >= 0x10 goto -0x4 <all_insns+0x5c8>
     189:	3d 21 03 00 fb ff ff ff	if r1 >= r2 goto +0x3 <all_insns+0x608>
     190:	3d 09 fc ff 10 00 00 00	if r9 >= r0 goto -0x4 <all_insns+0x5d8>
     191:	45 21 03 00 fb ff ff ff	if r1 & -0x5 goto +0x3 <all_insns+0x618>
     192:	45 09 fc ff 10 00 00 00	if r9 & 0x10 goto -0x4 <all_insns+0x5e8>
     193:	4d 21 03 00 fb ff ff ff	if r1 & r2 goto +0x3 <all_insns+0x628>
     194:	4d 09 fc ff 10 00 00 00	if r9 & r0 goto -0x4 <all_insns+0x5f8>
     195:	55 21 03 00 fb ff ff ff	if r1 != -0x5 goto +0x3 <all_insns+0x638>
     196:	55 09 fc ff 10 00 00 00	if r9 != 0x10 goto -0x4 <all_insns+0x608>
     197:	5d 21 03 00 fb ff ff ff	if r1 != r2 goto +0x3 <all_insns+0x648>
     198:	5d 09 fc ff 10 00 00 00	if r9 != r0 goto -0x4 <all_insns+0x618>
     199:	65 21 03 00 fb ff ff ff	if r1 s> -0x5 goto +0x3 <all_insns+0x658>
     200:	65 09 fc ff 10 00 00 00	if r9 s> 0x10 goto -0x4 <all_insns+0x628>
     201:	6d 21 03 00 fb ff ff ff	if r1 s> r2 goto +0x3 <all_insns+0x668>
     202:	6d 09 fc ff 10 00 00 00	if r9 s> r0 goto -0x4 <all_insns+0x638>
     203:	75 21 03 00 fb ff ff ff	if r1 s>= -0x5 goto +0x3 <all_insns+0x678>
     204:	75 09 fc ff 10 00 00 00	if r9 s>= 0x10 goto -0x4 <all_insns+0x648>
     205:	7d 21 03 00 fb ff ff ff	if r1 s>= r2 goto +0x3 <all_insns+0x688>
     206:	7d 09 fc ff 10 00 00 00	if r9 s>= r0 goto -0x4 <all_insns+0x658>
     207:	85 00 00 00 01 00 00 00	call 0x1
     208:	85 10 00 00 fd ff ff ff	call -0x3
     209:	85 20 00 00 4d 00 00 00	call 0x4d
     210:	8d 05 00 00 00 00 00 00	callx r5
     211:	95 00 00 00 00 00 00 00	exit
     212:	a5 21 03 00 fb ff ff ff	if r1 < -0x5 goto +0x3 <all_insns+0x6c0>
     213:	a5 09 fc ff 10 00 00 00	if r9 < 0x10 goto -0x4 <all_insns+0x690>
     214:	ad 21 03 00 fb ff ff ff	if r1 < r2 goto +0x3 <all_insns+0x6d0>
     215:	ad 09 fc ff 10 00 00 00	if r9 < r0 goto -0x4 <all_insns+0x6a0>
     216:	b5 21 03 00 fb ff ff ff	if r1 <= -0x5 goto +0x3 <all_insns+0x6e0>
     217:	b5 09 fc ff 10 00 00 00	if r9 <= 0x10 goto -0x4 <all_insns+0x6b0>
     218:	bd 21 03 00 fb ff ff ff	if r1 <= r2 goto +0x3 <all_insns+0x6f0>
     219:	bd 09 fc ff 10 00 00 00	if r9 <= r0 goto -0x4 <all_insns+0x6c0>
     220:	c5 21 03 00 fb ff ff ff	if r1 s< -0x5 goto +0x3 <all_insns+0x700>
     221:	c5 09 fc ff 10 00 00 00	if r9 s< 0x10 goto -0x4 <all_insns+0x6d0>
     222:	cd 21 03 00 fb ff ff ff	if r1 s< r2 goto +0x3 <all_insns+0x710>
     223:	cd 09 fc ff 10 00 00 00	if r9 s< r0 goto -0x4 <all_insns+0x6e0>
     224:	d5 21 03 00 fb ff ff ff	if r1 s<= -0x5 goto +0x3 <all_insns+0x720>
     225:	d5 09 fc ff 10 00 00 00	if r9 s<= 0x10 goto -0x4 <all_insns+0x6f0>
     226:	dd 21 03 00 fb ff ff ff	if r1 s<= r2 goto +0x3 <all_insns+0x730>
     227:	dd 09 fc ff 10 00 00 00	if r9 s<= r0 goto -0x4 <all_insns+0x700>
     228:	e5 00 02 00 00 00 00 00	may_goto +0x2 <all_insns+0x738>
     229:	e5 00 ff ff 00 00 00 00	may_goto -0x1 <all_insns+0x728>
     230:	06 00 00 00 02 00 00 00	gotol +0x2 <all_insns+0x748>
     231:	06 00 00 00 fc ff ff ff	gotol -0x4 <all_insns+0x720>
     232:	16 21 03 00 fb ff ff ff	if w1 == -0x5 goto +0x3 <all_insns+0x760>
     233:	16 09 fc ff 10 00 00 00	if w9 == 0x10 goto -0x4 <all_insns+0x730>
     234:	1e 21 03 00 fb ff ff ff	if w1 == w2 goto +0x3 <all_insns+0x770>
     235:	1e 09 fc ff 10 00 00 00	if w9 == w0 goto -0x4 <all_insns+0x740>
     236:	26 21 03 00 fb ff ff ff	if w1 > -0x5 goto +0x3 <all_insns+0x780>
     237:	26 09 fc ff 10 00 00 00	if w9 > 0x10 goto -0x4 <all_insns+0x750>
     238:	2e 21 03 00 fb ff ff ff	if w1 > w2 goto +0x3 <all_insns+0x790>
     239:	2e 09 fc ff 10 00 00 00	if w9 > w0 goto -0x4 <all_insns+0x760>
     240:	36 21 03 00 fb ff ff ff	if w1 >= -0x5 goto +0x3 <all_insns+0x7a0>
     241:	36 09 fc ff 10 00 00 00	if w9 >= 0x10 goto -0x4 <all_insns+0x770>
     242:	3e 21 03 00 fb ff ff ff	if w1 >= w2 goto +0x3 <all_insns+0x7b0>
     243:	3e 09 fc ff 10 00 00 00	if w9 >= w0 goto -0x4 <all_insns+0x780>
     244:	46 21 03 00 fb ff ff ff	if w1 & -0x5 goto +0x3 <all_insns+0x7c0>
     245:	46 09 fc ff 10 00 00 00	if w9 & 0x10 goto -0x4 <all_insns+0x790>
     246:	4e 21 03 00 fb ff ff ff	if w1 & w2 goto +0x3 <all_insns+0x7d0>
     247:	4e 09 fc ff 10 00 00 00	if w9 & w0 goto -0x4 <all_insns+0x7a0>
     248:	56 21 03 00 fb ff ff ff	if w1 != -0x5 goto +0x3 <all_insns+0x7e0>
     249:	56 09 fc ff 10 00 00 00	if w9 != 0x10 goto -0x4 <all_insns+0x7b0>
     250:	5e 21 03 00 fb ff ff ff	if w1 != w2 goto +0x3 <all_insns+0x7f0>
     251:	5e 09 fc ff 10 00 00 00	if w9 != w0 goto -0x4 <all_insns+0x7c0>
     252:	66 21 03 00 fb ff ff ff	if w1 s> -0x5 goto +0x3 <all_insns+0x800>
     253:	66 09 fc ff 10 00 00 00	if w9 s> 0x10 goto -0x4 <all_insns+0x7d0>
     254:	6e 21 03 00 fb ff ff ff	if w1 s> w2 goto +0x3 <all_insns+0x810>
     255:	6e 09 fc ff 10 00 00 00	if w9 s> w0 goto -0x4 <all_insns+0x7e0>
     256:	76 21 03 00 fb ff ff ff	if w1 s>= -0x5 goto +0x3 <all_insns+0x820>
     257:	76 09 fc ff 10 00 00 00	if w9 s>= 0x10 goto -0x4 <all_insns+0x7f0>
     258:	7e 21 03 00 fb ff ff ff	if w1 s>= w2 goto +0x3 <all_insns+0x830>
     259:	7e 09 fc ff 10 00 00 00	if w9 s>= w0 goto -0x4 <all_insns+0x800>
     260:	a6 21 03 00 fb ff ff ff	if w1 < -0x5 goto +0x3 <all_insns+0x840>
     261:	a6 09 fc ff 10 00 00 00	if w9 < 0x10 goto -0x4 <all_insns+0x810>
     262:	ae 21 03 00 fb ff ff ff	if w1 < w2 goto +0x3 <all_insns+0x850>
     263:	ae 09 fc ff 10 00 00 00	if w9 < w0 goto -0x4 <all_insns+0x820>
     264:	b6 21 03 00 fb ff ff ff	if w1 <= -0x5 goto +0x3 <all_insns+0x860>
     265:	b6 09 fc ff 10 00 00 00	if w9 <= 0x10 goto -0x4 <all_insns+0x830>
     266:	be 21 03 00 fb ff ff ff	if w1 <= w2 goto +0x3 <all_insns+0x870>
     267:	be 09 fc ff 10 00 00 00	if w9 <= w0 goto -0x4 <all_insns+0x840>
     268:	c6 21 03 00 fb ff ff ff	if w1 s< -0x5 goto +0x3 <all_insns+0x880>
     269:	c6 09 fc ff 10 00 00 00	if w9 s< 0x10 goto -0x4 <all_insns+0x850>
     270:	ce 21 03 00 fb ff ff ff	if w1 s< w2 goto +0x3 <all_insns+0x890>
     271:	ce 09 fc ff 10 00 00 00	if w9 s< w0 goto -0x4 <all_insns+0x860>
     272:	d6 21 03 00 fb ff ff ff	if w1 s<= -0x5 goto +0x3 <all_insns+0x8a0>
     273:	d6 09 fc ff 10 00 00 00	if w9 s<= 0x10 goto -0x4 <all_insns+0x870>
     274:	de 21 03 00 fb ff ff ff	if w1 s<= w2 goto +0x3 <all_insns+0x8b0>
     275:	de 09 fc ff 10 00 00 00	if w9 s<= w0 goto -0x4 <all_insns+0x880>
     276:	20 00 00 00 2a 00 00 00	r0 = *(u32 *)skb[0x2a]
     277:	20 00 00 00 ff ff ff ff	r0 = *(u32 *)skb[-0x1]
     278:	40 20 00 00 00 00 00 00	r0 = *(u32 *)skb[r2]
     279:	40 70 00 00 08 00 00 00	r0 = *(u32 *)skb[r7]
     280:	81 21 f8 ff 00 00 00 00	r1 = *(s32 *)(r2 - 0x8)
     281:	81 a3 ff 07 00 00 00 00	r3 = *(s32 *)(r10 + 0x7ff)
     282:	61 21 f8 ff 00 00 00 00	r1 = *(u32 *)(r2 - 0x8)
     283:	61 a3 ff 7f 00 00 00 00	r3 = *(u32 *)(r10 + 0x7fff)
     284:	62 0a f8 ff 2a 00 00 00	*(u32 *)(r10 - 0x8) = 0x2a
     285:	62 03 00 80 ff ff ff ff	*(u32 *)(r3 - 0x8000) = -0x1
     286:	63 2a f8 ff 00 00 00 00	*(u32 *)(r10 - 0x8) = r2
     287:	63 91 10 00 00 00 00 00	*(u32 *)(r1 + 0x10) = r9
     288:	28 00 00 00 2a 00 00 00	r0 = *(u16 *)skb[0x2a]
     289:	28 00 00 00 ff ff ff ff	r0 = *(u16 *)skb[-0x1]
     290:	48 20 00 00 00 00 00 00	r0 = *(u16 *)skb[r2]
     291:	48 70 00 00 08 00 00 00	r0 = *(u16 *)skb[r7]
     292:	89 21 f8 ff 00 00 00 00	r1 = *(s16 *)(r2 - 0x8)
     293:	89 a3 ff 07 00 00 00 00	r3 = *(s16 *)(r10 + 0x7ff)
     294:	69 21 f8 ff 00 00 00 00	r1 = *(u16 *)(r2 - 0x8)
     295:	69 a3 ff 7f 00 00 00 00	r3 = *(u16 *)(r10 + 0x7fff)
     296:	6a 0a f8 ff 2a 00 00 00	*(u16 *)(r10 - 0x8) = 0x2a
     297:	6a 03 00 80 ff ff ff ff	*(u16 *)(r3 - 0x8000) = -0x1
     298:	6b 2a f8 ff 00 00 00 00	*(u16 *)(r10 - 0x8) = r2
     299:	6b 91 10 00 00 00 00 00	*(u16 *)(r1 + 0x10) = r9
     300:	30 00 00 00 2a 00 00 00	r0 = *(u8 *)skb[0x2a]
     301:	30 00 00 00 ff ff ff ff	r0 = *(u8 *)skb[-0x1]
     302:	50 20 00 00 00 00 00 00	r0 = *(u8 *)skb[r2]
     303:	50 70 00 00 08 00 00 00	r0 = *(u8 *)skb[r7]
     304:	91 21 f8 ff 00 00 00 00	r1 = *(s8 *)(r2 - 0x8)
     305:	91 a3 ff 07 00 00 00 00	r3 = *(s8 *)(r10 + 0x7ff)
     306:	71 21 f8 ff 00 00 00 00	r1 = *(u8 *)(r2 - 0x8)
     307:	71 a3 ff 7f 00 00 00 00	r3 = *(u8 *)(r10 + 0x7fff)
     308:	72 0a f8 ff 2a 00 00 00	*(u8 *)(r10 - 0x8) = 0x2a
     309:	72 03 00 80 ff ff ff ff	*(u8 *)(r3 - 0x8000) = -0x1
     310:	73 2a f8 ff 00 00 00 00	*(u8 *)(r10 - 0x8) = r2
     311:	73 91 10 00 00 00 00 00	*(u8 *)(r1 + 0x10) = r9
     312:	79 21 f8 ff 00 00 00 00	r1 = *(u64 *)(r2 - 0x8)
     313:	79 a3 ff 7f 00 00 00 00	r3 = *(u64 *)(r10 + 0x7fff)
     314:	7a 0a f8 ff 2a 00 00 00	*(u64 *)(r10 - 0x8) = 0x2a
     315:	7a 03 00 80 ff ff ff ff	*(u64 *)(r3 - 0x8000) = -0x1
     316:	7b 2a f8 ff 00 00 00 00	*(u64 *)(r10 - 0x8) = r2
     317:	7b 91 10 00 00 00 00 00	*(u64 *)(r1 + 0x10) = r9
     318:	c3 21 f8 ff 00 00 00 00	lock *(u32 *)(r1 - 0x8) += r2
     319:	c3 3a 04 00 00 00 00 00	lock *(u32 *)(r10 + 0x4) += r3
     320:	db 21 f8 ff 00 00 00 00	lock *(u64 *)(r1 - 0x8) += r2
     321:	db 21 f8 ff 01 00 00 00	r2 = atomic_fetch_add((u64 *)(r1 - 0x8), r2)
     322:	db 21 f8 ff 40 00 00 00	lock *(u64 *)(r1 - 0x8) |= r2
     323:	db 21 f8 ff 41 00 00 00	r2 = atomic_fetch_or((u64 *)(r1 - 0x8), r2)
     324:	db 21 f8 ff 50 00 00 00	lock *(u64 *)(r1 - 0x8) &= r2
     325:	db 21 f8 ff 51 00 00 00	r2 = atomic_fetch_and((u64 *)(r1 - 0x8), r2)
     326:	db 21 f8 ff a0 00 00 00	lock *(u64 *)(r1 - 0x8) ^= r2
     327:	db 21 f8 ff a1 00 00 00	r2 = atomic_fetch_xor((u64 *)(r1 - 0x8), r2)
     328:	db 21 f8 ff e1 00 00 00	r2 = xchg_64(r1 - 0x8, r2)
     329:	db 21 f8 ff f1 00 00 00	r0 = cmpxchg_64(r1 - 0x8, r0, r2)
     330:	18 01 00 00 78 56 34 12 00 00 00 00 fe ff ff ff	r1 = -0x1edcba988 ll
     332:	18 12 00 00 78 56 34 12 00 00 00 00 00 00 00 00	ld_pseudo	r2, 0x1, 0x12345678
     334:	18 23 00 00 78 56 34 12 00 00 00 00 00 00 00 00	ld_pseudo	r3, 0x2, 0x12345678
     336:	18 34 00 00 78 56 34 12 00 00 00 00 00 00 00 00	ld_pseudo	r4, 0x3, 0x12345678
     338:	18 45 00 00 78 56 34 12 00 00 00 00 00 00 00 00	ld_pseudo	r5, 0x4, 0x12345678
     340:	18 56 00 00 78 56 34 12 00 00 00 00 00 00 00 00	ld_pseudo	r6, 0x5, 0x12345678
     342:	18 67 00 00 78 56 34 12 00 00 00 00 00 00 00 00	ld_pseudo	r7, 0x6, 0x12345678
     344:	18 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00	r0 = 0x0 ll
     346:	18 09 00 00 ff ff ff ff 00 00 00 00 ff ff ff ff	r9 = -0x1 ll
     348:	8c 21 00 00 00 00 00 00	<unknown>
     349:	ff 00 00 00 00 00 00 00	<unknown>
     350:	38 00 00 00 00 00 00 00	<unknown>
     351:	95 00 00 00 00 00 00 00	exit
