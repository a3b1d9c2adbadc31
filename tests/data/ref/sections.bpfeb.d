
sections.bpfeb.o:	file format elf64-bpf

Disassembly of section kprobe:

0000000000000000 <a>:
       0:	95 00 00 00 00 00 00 00	exit

Disassembly of section ?kretprobe/do_exit:

0000000000000000 <b>:
       0:	95 00 00 00 00 00 00 00	exit

Disassembly of section usdt:

0000000000000000 <c>:
       0:	95 00 00 00 00 00 00 00	exit

Disassembly of section ksyscall:

0000000000000000 <d>:
       0:	95 00 00 00 00 00 00 00	exit

Disassembly of section kprobe.multi:

0000000000000000 <e>:
       0:	95 00 00 00 00 00 00 00	exit

Disassembly of section uprobe.multi:

0000000000000000 <f>:
       0:	95 00 00 00 00 00 00 00	exit

Disassembly of section kretsyscall:

0000000000000000 <g>:
       0:	95 00 00 00 00 00 00 00	exit

Disassembly of section my_own_name:

0000000000000000 <h>:
       0:	95 00 00 00 00 00 00 00	exit

Disassembly of section static_one:

0000000000000000 <i>:
       0:	95 00 00 00 00 00 00 00	exit
